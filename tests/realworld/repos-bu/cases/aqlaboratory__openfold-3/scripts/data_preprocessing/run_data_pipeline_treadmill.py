stub: upstream file of 23113 bytes
