stub: upstream file of 39615 bytes
