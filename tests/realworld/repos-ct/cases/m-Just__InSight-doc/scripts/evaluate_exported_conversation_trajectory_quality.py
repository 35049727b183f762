stub: upstream file of 38808 bytes
