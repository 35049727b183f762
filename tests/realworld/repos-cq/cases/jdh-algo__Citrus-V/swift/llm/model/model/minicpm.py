stub: upstream file of 7525 bytes
