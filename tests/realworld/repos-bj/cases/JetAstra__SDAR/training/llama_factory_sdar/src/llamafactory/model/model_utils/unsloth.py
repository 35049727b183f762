stub: upstream file of 3780 bytes
