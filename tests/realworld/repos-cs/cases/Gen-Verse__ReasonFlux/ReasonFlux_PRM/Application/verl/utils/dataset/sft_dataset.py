stub: upstream file of 7346 bytes
