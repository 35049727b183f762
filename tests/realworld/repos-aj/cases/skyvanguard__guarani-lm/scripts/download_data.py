stub: upstream file of 14753 bytes
