stub: upstream file of 6279 bytes
