stub: upstream file of 7989 bytes
