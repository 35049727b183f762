stub: upstream file of 26780 bytes
