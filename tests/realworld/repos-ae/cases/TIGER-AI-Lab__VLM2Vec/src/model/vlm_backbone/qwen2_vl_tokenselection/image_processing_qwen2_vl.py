stub: upstream file of 30974 bytes
