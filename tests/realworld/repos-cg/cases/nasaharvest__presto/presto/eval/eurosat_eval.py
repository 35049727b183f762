stub: upstream file of 15323 bytes
