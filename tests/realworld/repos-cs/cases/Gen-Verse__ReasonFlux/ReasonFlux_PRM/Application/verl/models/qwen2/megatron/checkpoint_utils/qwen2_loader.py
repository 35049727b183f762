stub: upstream file of 14645 bytes
