stub: upstream file of 39855 bytes
