stub: upstream file of 34150 bytes
