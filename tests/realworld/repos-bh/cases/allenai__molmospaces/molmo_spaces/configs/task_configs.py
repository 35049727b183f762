stub: upstream file of 8017 bytes
