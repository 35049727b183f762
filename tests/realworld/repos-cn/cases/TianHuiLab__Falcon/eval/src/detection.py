stub: upstream file of 27321 bytes
