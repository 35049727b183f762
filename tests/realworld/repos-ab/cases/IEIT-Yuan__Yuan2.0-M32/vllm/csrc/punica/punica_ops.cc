stub: upstream file of 24948 bytes
