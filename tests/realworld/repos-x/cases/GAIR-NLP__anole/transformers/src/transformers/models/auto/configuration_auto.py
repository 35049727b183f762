stub: upstream file of 38883 bytes
