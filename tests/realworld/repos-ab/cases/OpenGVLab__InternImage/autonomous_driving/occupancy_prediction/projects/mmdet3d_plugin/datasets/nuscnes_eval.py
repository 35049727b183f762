stub: upstream file of 30643 bytes
