stub: upstream file of 10614 bytes
