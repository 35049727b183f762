stub: upstream file of 17045 bytes
