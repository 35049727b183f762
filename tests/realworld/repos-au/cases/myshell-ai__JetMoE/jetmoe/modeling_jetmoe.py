stub: upstream file of 64810 bytes
