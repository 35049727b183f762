stub: upstream file of 10642 bytes
