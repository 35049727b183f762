stub: upstream file of 9596 bytes
