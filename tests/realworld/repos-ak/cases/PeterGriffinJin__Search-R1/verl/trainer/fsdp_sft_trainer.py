stub: upstream file of 19679 bytes
