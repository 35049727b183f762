stub: upstream file of 22055 bytes
