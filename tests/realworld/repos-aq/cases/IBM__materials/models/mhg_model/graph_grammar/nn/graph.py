stub: upstream file of 16597 bytes
