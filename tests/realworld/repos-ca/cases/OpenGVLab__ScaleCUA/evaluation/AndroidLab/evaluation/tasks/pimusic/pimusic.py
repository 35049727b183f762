stub: upstream file of 11746 bytes
