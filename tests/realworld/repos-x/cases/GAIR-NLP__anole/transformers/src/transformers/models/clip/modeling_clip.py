stub: upstream file of 61556 bytes
