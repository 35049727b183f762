stub: upstream file of 45244 bytes
