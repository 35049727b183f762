stub: upstream file of 24474 bytes
