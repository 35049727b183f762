stub: upstream file of 7441 bytes
