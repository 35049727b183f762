stub: upstream file of 4411 bytes
