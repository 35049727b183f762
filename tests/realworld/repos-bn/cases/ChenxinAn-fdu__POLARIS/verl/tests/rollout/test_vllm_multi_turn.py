stub: upstream file of 7599 bytes
