stub: upstream file of 72551 bytes
