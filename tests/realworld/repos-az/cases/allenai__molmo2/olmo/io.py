stub: upstream file of 34647 bytes
