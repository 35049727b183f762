stub: upstream file of 30924 bytes
