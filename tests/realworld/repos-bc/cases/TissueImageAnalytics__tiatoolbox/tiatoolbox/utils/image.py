stub: upstream file of 26720 bytes
