stub: upstream file of 4298 bytes
