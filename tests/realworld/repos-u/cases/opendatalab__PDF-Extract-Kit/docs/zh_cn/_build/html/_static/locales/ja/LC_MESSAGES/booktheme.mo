stub: upstream file of 1471 bytes
