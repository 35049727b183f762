stub: upstream file of 19942 bytes
