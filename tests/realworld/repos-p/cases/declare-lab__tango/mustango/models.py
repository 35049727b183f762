stub: upstream file of 37597 bytes
