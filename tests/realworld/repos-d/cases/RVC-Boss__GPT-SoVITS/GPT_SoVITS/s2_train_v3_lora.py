stub: upstream file of 12942 bytes
