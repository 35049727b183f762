stub: upstream file of 7687 bytes
