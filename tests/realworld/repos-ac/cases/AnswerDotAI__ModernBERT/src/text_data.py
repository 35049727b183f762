stub: upstream file of 24643 bytes
