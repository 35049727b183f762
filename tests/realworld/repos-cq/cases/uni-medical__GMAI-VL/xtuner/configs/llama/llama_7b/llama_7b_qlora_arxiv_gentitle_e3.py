stub: upstream file of 9382 bytes
