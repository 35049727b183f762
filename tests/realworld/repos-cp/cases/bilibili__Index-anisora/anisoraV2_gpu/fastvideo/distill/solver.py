stub: upstream file of 11780 bytes
