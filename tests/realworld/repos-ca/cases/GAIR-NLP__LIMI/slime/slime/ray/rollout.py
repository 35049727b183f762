stub: upstream file of 6422 bytes
