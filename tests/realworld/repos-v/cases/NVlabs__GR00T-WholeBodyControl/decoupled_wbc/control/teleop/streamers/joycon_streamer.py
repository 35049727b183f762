stub: upstream file of 27846 bytes
