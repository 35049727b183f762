stub: upstream file of 68855 bytes
