stub: upstream file of 12336 bytes
