stub: upstream file of 11803 bytes
