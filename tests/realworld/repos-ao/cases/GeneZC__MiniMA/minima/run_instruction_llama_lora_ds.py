stub: upstream file of 20310 bytes
