stub: upstream file of 11942 bytes
