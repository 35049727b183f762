stub: upstream file of 14584 bytes
