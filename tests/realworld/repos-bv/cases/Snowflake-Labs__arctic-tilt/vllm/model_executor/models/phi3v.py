stub: upstream file of 29342 bytes
