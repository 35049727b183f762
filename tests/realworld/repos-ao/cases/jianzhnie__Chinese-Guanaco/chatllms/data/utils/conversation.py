stub: upstream file of 24720 bytes
