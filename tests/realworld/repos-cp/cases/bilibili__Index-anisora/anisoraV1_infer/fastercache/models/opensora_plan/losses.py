stub: upstream file of 26763 bytes
