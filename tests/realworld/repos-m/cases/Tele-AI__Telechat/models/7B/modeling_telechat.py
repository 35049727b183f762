stub: upstream file of 38471 bytes
