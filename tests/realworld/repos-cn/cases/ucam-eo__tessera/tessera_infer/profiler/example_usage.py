stub: upstream file of 6631 bytes
