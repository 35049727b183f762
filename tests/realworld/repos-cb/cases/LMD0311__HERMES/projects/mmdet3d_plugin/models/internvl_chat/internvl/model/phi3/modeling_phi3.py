stub: upstream file of 74050 bytes
