stub: upstream file of 10508 bytes
