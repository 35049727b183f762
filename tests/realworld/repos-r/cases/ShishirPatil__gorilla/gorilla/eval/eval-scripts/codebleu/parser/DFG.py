stub: upstream file of 52855 bytes
