stub: upstream file of 7119 bytes
