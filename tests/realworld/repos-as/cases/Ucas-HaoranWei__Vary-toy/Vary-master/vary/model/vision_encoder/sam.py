stub: upstream file of 17471 bytes
