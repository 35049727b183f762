stub: upstream file of 63746 bytes
