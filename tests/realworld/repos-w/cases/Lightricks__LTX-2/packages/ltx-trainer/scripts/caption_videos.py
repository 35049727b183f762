stub: upstream file of 20258 bytes
