stub: upstream file of 7410 bytes
