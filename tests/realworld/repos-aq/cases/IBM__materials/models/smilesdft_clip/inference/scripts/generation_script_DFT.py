stub: upstream file of 17831 bytes
