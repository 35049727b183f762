stub: upstream file of 17780 bytes
