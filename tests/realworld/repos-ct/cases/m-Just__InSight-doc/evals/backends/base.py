stub: upstream file of 792 bytes
