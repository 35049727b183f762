stub: upstream file of 12360 bytes
