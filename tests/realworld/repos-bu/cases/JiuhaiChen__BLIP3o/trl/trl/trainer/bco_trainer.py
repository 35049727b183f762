stub: upstream file of 71588 bytes
