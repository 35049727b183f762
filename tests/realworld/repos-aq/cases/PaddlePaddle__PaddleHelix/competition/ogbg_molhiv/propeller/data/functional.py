stub: upstream file of 16687 bytes
