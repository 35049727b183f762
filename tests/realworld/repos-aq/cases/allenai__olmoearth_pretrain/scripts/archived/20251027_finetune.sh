stub: upstream file of 23824 bytes
