stub: upstream file of 16704 bytes
