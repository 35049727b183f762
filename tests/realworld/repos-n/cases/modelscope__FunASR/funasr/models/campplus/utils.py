stub: upstream file of 19633 bytes
