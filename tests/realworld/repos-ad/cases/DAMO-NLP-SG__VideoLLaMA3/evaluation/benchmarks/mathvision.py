stub: upstream file of 17387 bytes
