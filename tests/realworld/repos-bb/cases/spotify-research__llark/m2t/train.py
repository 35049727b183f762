stub: upstream file of 10923 bytes
