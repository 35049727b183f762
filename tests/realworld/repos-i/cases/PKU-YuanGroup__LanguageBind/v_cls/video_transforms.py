stub: upstream file of 44379 bytes
