stub: upstream file of 39913 bytes
