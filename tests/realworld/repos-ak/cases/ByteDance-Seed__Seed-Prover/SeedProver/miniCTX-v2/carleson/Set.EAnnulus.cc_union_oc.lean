stub: upstream file of 23705 bytes
