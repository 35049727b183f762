stub: upstream file of 23978 bytes
