stub: upstream file of 8855 bytes
