stub: upstream file of 1628 bytes
