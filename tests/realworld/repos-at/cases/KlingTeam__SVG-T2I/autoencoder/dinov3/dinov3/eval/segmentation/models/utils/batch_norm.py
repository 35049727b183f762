stub: upstream file of 13780 bytes
