stub: upstream file of 5789 bytes
