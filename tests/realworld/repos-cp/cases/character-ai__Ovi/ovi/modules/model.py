stub: upstream file of 34074 bytes
