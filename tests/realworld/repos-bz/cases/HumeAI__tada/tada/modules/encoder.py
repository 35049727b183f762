stub: upstream file of 31546 bytes
