stub: upstream file of 24547 bytes
