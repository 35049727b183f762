stub: upstream file of 942 bytes
