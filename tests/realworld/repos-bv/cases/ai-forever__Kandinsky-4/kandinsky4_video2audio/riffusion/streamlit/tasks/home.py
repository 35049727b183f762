stub: upstream file of 1041 bytes
