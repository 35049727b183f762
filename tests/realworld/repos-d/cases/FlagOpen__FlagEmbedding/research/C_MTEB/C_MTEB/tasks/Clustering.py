stub: upstream file of 14994 bytes
