stub: upstream file of 45832 bytes
