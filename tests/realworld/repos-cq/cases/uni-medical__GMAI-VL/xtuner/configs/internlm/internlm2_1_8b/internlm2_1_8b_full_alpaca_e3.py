stub: upstream file of 6687 bytes
