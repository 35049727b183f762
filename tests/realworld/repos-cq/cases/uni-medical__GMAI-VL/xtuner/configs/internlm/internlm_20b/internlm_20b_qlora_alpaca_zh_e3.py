stub: upstream file of 7108 bytes
