stub: upstream file of 22660 bytes
