stub: upstream file of 97720 bytes
