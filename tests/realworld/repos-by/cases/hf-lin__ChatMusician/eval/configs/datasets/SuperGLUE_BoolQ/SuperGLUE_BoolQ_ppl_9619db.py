stub: upstream file of 1102 bytes
