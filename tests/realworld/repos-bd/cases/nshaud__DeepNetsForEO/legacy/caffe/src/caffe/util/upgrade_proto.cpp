stub: upstream file of 42581 bytes
