stub: upstream file of 19311 bytes
