stub: upstream file of 31682 bytes
