stub: upstream file of 16089 bytes
