stub: upstream file of 44181 bytes
