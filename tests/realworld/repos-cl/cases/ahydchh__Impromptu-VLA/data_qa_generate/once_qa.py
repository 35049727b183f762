stub: upstream file of 15449 bytes
