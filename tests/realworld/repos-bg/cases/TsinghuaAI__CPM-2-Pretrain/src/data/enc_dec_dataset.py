stub: upstream file of 21144 bytes
