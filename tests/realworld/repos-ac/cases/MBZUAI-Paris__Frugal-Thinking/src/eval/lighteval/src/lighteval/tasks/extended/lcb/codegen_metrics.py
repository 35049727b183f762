stub: upstream file of 21870 bytes
