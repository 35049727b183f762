stub: upstream file of 25695 bytes
