stub: upstream file of 9440 bytes
