stub: upstream file of 40070 bytes
