stub: upstream file of 7307 bytes
