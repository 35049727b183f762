stub: upstream file of 6909 bytes
