stub: upstream file of 16954 bytes
