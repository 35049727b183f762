stub: upstream file of 46986 bytes
