stub: upstream file of 11989 bytes
