stub: upstream file of 24498 bytes
