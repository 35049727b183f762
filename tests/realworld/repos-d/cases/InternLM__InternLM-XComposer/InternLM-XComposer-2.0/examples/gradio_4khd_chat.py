stub: upstream file of 21383 bytes
