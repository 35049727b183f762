stub: upstream file of 12614 bytes
