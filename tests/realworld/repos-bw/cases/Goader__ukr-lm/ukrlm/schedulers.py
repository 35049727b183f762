stub: upstream file of 5954 bytes
