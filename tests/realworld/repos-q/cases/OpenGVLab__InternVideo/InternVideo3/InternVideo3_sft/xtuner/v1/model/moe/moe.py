stub: upstream file of 41368 bytes
