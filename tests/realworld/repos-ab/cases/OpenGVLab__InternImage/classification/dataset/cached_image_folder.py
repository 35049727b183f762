stub: upstream file of 23581 bytes
