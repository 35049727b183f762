stub: upstream file of 4564 bytes
