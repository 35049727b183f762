stub: upstream file of 3704 bytes
