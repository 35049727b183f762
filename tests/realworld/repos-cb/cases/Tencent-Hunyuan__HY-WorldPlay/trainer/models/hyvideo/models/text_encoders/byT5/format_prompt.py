stub: upstream file of 3181 bytes
