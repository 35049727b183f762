stub: upstream file of 975 bytes
