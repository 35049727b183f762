stub: upstream file of 7997 bytes
