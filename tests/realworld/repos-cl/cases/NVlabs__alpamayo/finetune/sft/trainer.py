stub: upstream file of 6153 bytes
