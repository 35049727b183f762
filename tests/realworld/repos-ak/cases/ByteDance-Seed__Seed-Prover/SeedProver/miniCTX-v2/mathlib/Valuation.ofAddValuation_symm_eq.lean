stub: upstream file of 33845 bytes
