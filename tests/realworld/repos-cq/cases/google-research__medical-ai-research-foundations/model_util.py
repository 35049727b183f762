stub: upstream file of 4717 bytes
