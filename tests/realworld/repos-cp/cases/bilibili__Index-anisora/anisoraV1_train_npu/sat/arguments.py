stub: upstream file of 13601 bytes
