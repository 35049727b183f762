stub: upstream file of 4342 bytes
