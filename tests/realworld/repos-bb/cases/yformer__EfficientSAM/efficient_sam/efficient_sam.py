stub: upstream file of 11643 bytes
