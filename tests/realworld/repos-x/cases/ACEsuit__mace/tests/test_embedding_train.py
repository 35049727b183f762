stub: upstream file of 12789 bytes
