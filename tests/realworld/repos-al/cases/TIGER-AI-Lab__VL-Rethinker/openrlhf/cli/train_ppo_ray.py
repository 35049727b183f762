stub: upstream file of 22551 bytes
