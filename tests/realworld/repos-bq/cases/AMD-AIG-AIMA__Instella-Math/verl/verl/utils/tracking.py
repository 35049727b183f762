stub: upstream file of 9643 bytes
