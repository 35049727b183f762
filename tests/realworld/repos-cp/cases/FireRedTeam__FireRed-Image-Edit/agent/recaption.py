stub: upstream file of 9231 bytes
