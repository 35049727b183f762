stub: upstream file of 17078 bytes
