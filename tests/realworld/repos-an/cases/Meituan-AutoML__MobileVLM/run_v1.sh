stub: upstream file of 6942 bytes
