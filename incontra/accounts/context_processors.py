def operator(request) -> dict:
    return {"membership": getattr(request, "membership", None)}
