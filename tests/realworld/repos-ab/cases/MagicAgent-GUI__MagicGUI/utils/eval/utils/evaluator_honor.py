stub: upstream file of 27387 bytes
