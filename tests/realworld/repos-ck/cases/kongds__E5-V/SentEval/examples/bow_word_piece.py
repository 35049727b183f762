stub: upstream file of 6007 bytes
