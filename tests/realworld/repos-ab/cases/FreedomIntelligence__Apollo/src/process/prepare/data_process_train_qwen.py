stub: upstream file of 11181 bytes
