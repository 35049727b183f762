stub: upstream file of 39453 bytes
