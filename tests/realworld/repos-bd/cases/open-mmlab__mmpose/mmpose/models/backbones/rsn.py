stub: upstream file of 22957 bytes
