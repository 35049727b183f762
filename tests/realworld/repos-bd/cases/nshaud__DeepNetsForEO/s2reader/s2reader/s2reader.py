stub: upstream file of 22440 bytes
