stub: upstream file of 23131 bytes
