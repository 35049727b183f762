stub: upstream file of 3206 bytes
