stub: upstream file of 10564 bytes
