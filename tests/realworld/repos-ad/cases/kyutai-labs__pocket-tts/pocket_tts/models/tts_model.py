stub: upstream file of 44908 bytes
