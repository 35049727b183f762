stub: upstream file of 11018 bytes
