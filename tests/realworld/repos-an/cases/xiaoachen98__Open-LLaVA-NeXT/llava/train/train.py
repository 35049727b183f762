stub: upstream file of 46383 bytes
