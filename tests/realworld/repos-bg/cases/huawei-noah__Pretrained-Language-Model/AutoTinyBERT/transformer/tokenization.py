stub: upstream file of 17001 bytes
