stub: upstream file of 70896 bytes
