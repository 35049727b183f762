stub: upstream file of 9997 bytes
