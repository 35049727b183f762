stub: upstream file of 3705 bytes
