stub: upstream file of 30815 bytes
