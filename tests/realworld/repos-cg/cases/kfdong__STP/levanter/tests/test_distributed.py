stub: upstream file of 990 bytes
