stub: upstream file of 3643 bytes
