stub: upstream file of 7078 bytes
