stub: upstream file of 1079853 bytes
