stub: upstream file of 19664 bytes
