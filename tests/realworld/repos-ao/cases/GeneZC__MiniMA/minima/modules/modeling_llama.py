stub: upstream file of 34435 bytes
