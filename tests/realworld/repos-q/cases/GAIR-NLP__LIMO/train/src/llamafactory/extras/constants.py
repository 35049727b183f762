stub: upstream file of 95563 bytes
