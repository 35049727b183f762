stub: upstream file of 8803 bytes
