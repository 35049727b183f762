stub: upstream file of 46926 bytes
