stub: upstream file of 9088 bytes
