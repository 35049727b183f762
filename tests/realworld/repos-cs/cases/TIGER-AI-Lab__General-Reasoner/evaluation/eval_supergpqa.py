stub: upstream file of 4584 bytes
