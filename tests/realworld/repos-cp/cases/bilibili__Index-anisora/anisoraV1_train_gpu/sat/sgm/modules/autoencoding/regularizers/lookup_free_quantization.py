stub: upstream file of 9190 bytes
