stub: upstream file of 22498 bytes
