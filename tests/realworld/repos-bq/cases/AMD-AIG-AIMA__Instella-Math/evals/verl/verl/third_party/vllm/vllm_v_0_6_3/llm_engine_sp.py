stub: upstream file of 17823 bytes
