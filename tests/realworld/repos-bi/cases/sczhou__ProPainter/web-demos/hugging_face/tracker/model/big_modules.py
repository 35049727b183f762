stub: upstream file of 11117 bytes
