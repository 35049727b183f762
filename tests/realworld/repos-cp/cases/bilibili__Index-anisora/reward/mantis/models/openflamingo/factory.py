stub: upstream file of 6089 bytes
