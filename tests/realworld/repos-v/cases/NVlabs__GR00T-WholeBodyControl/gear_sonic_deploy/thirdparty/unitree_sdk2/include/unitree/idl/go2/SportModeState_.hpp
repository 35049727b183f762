stub: upstream file of 50358 bytes
