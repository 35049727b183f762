stub: upstream file of 24855 bytes
