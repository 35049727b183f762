stub: upstream file of 9489 bytes
