stub: upstream file of 33375 bytes
