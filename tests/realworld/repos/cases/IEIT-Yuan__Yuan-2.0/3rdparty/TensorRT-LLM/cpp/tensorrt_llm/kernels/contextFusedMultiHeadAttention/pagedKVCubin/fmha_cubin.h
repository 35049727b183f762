stub: upstream file of 252939 bytes
