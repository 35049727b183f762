stub: upstream file of 8985 bytes
