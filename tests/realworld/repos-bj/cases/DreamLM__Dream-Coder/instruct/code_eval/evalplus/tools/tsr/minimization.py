stub: upstream file of 8705 bytes
