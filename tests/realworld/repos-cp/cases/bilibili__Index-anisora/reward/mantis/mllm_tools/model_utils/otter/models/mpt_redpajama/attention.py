stub: upstream file of 12978 bytes
