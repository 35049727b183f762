stub: upstream file of 15887 bytes
