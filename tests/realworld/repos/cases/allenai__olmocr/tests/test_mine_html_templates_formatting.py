stub: upstream file of 11937 bytes
