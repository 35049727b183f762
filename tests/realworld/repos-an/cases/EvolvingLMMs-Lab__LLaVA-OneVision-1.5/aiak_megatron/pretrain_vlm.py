stub: upstream file of 19899 bytes
