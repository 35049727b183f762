stub: upstream file of 7978 bytes
