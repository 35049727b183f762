stub: upstream file of 6646 bytes
