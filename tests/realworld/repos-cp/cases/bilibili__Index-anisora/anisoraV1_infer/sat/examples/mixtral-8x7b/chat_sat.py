stub: upstream file of 5633 bytes
