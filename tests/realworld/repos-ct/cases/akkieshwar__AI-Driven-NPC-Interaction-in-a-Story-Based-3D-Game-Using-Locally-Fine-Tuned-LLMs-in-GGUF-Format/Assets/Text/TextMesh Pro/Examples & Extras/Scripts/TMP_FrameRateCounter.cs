stub: upstream file of 5150 bytes
