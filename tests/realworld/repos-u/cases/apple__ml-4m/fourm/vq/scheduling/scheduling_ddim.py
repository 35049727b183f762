stub: upstream file of 21200 bytes
