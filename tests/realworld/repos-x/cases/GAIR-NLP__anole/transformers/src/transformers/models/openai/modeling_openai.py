stub: upstream file of 38250 bytes
