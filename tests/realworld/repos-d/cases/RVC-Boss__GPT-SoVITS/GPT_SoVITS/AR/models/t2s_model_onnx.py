stub: upstream file of 13978 bytes
