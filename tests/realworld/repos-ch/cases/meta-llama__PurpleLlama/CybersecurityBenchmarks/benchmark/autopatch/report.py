stub: upstream file of 7746 bytes
