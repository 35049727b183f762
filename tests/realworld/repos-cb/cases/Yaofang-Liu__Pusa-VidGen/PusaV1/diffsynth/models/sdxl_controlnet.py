stub: upstream file of 13942 bytes
