stub: upstream file of 28581 bytes
