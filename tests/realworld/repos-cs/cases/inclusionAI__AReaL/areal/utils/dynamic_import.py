stub: upstream file of 1072 bytes
