stub: upstream file of 21068 bytes
