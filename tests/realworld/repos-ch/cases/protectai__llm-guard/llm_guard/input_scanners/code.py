stub: upstream file of 5643 bytes
