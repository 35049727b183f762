stub: upstream file of 83824 bytes
