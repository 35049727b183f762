stub: upstream file of 11108 bytes
