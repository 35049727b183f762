stub: upstream file of 16633 bytes
