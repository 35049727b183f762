stub: upstream file of 61989 bytes
