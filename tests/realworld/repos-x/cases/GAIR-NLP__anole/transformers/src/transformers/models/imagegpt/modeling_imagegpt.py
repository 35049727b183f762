stub: upstream file of 53622 bytes
