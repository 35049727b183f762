stub: upstream file of 12643 bytes
