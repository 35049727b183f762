stub: upstream file of 13808 bytes
