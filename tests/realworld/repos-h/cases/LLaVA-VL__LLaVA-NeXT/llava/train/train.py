stub: upstream file of 81759 bytes
