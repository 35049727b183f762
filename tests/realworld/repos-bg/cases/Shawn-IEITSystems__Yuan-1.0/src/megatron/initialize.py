stub: upstream file of 8643 bytes
