stub: upstream file of 4605 bytes
