stub: upstream file of 8099 bytes
