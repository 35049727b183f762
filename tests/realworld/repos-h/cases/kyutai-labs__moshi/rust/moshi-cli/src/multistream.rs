stub: upstream file of 25563 bytes
