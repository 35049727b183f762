stub: upstream file of 71464 bytes
