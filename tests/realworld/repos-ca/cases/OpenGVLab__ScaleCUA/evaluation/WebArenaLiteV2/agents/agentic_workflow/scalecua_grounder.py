stub: upstream file of 2616 bytes
