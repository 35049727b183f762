stub: upstream file of 28647 bytes
