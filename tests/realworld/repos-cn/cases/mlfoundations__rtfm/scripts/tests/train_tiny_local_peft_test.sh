stub: upstream file of 995 bytes
