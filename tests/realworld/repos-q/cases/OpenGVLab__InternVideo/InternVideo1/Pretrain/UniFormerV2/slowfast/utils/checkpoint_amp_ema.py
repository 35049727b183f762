stub: upstream file of 22508 bytes
