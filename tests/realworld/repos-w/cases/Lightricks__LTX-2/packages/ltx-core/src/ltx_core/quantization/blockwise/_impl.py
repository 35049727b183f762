stub: upstream file of 16780 bytes
