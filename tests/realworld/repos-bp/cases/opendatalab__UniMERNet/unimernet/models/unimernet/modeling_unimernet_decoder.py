stub: upstream file of 102145 bytes
