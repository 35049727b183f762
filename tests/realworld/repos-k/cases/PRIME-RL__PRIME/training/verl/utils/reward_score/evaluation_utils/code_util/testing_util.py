stub: upstream file of 28643 bytes
