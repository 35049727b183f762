stub: upstream file of 37942 bytes
