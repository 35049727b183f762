stub: upstream file of 382 bytes
