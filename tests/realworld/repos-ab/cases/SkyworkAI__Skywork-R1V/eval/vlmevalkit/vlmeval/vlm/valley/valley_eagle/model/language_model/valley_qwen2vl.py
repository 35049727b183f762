stub: upstream file of 10715 bytes
