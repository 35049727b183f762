stub: upstream file of 26942 bytes
