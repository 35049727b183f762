stub: upstream file of 16082 bytes
