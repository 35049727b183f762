stub: upstream file of 22471 bytes
