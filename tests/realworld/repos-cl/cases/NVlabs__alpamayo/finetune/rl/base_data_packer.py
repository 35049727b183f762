stub: upstream file of 4523 bytes
