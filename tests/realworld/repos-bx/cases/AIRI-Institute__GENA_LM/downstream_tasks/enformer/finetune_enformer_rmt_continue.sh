stub: upstream file of 3508 bytes
