stub: upstream file of 21263 bytes
