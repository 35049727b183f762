stub: upstream file of 28696 bytes
