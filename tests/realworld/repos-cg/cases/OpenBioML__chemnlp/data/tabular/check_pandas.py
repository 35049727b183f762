stub: upstream file of 4477 bytes
