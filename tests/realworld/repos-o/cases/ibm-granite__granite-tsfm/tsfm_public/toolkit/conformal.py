stub: upstream file of 105102 bytes
