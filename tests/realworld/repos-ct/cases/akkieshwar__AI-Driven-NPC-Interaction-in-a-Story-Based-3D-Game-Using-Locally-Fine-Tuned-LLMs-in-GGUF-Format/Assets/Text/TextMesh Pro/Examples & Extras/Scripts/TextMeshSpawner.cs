stub: upstream file of 2780 bytes
