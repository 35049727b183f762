stub: upstream file of 2672 bytes
