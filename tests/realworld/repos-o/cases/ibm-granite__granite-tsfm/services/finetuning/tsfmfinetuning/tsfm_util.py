stub: upstream file of 11705 bytes
