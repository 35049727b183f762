stub: upstream file of 19940 bytes
