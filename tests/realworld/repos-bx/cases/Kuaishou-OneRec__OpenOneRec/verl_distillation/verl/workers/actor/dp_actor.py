stub: upstream file of 24554 bytes
