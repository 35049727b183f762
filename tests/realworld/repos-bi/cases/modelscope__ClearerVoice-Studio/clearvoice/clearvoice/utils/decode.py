stub: upstream file of 32718 bytes
