stub: upstream file of 25437 bytes
