stub: upstream file of 24581 bytes
