stub: upstream file of 77113 bytes
