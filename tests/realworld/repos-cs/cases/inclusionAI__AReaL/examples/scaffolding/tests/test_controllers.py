stub: upstream file of 35102 bytes
