stub: upstream file of 70870 bytes
