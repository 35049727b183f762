stub: upstream file of 33407 bytes
