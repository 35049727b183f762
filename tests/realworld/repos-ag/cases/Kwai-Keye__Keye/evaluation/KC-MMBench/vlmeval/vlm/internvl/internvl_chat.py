stub: upstream file of 24645 bytes
