stub: upstream file of 9388 bytes
