stub: upstream file of 7729 bytes
