stub: upstream file of 31491 bytes
