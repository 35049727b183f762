stub: upstream file of 40901 bytes
