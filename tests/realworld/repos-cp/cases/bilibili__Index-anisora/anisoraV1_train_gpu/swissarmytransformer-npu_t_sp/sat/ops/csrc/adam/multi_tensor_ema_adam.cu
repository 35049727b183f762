stub: upstream file of 7076 bytes
