stub: upstream file of 7896 bytes
