stub: upstream file of 23014 bytes
