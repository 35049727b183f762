stub: upstream file of 27102 bytes
