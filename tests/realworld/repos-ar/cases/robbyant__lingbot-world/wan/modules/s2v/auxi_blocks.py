stub: upstream file of 7850 bytes
