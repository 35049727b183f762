stub: upstream file of 16380 bytes
