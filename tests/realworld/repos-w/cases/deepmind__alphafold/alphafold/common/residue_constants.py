stub: upstream file of 34982 bytes
