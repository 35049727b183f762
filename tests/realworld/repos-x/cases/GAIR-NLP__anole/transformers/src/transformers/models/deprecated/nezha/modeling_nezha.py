stub: upstream file of 73924 bytes
