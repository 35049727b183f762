stub: upstream file of 21851 bytes
