stub: upstream file of 6720 bytes
