stub: upstream file of 23948 bytes
