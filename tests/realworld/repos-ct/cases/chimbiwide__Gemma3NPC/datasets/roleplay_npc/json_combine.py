stub: upstream file of 1155 bytes
