stub: upstream file of 6231 bytes
