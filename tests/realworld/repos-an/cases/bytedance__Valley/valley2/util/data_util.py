stub: upstream file of 33940 bytes
