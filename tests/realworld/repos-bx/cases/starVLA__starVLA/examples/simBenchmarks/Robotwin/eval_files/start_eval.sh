stub: upstream file of 16697 bytes
