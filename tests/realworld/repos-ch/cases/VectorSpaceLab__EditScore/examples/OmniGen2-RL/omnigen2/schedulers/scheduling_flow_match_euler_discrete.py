stub: upstream file of 10582 bytes
