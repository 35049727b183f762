stub: upstream file of 33505 bytes
