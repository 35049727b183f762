stub: upstream file of 4884 bytes
