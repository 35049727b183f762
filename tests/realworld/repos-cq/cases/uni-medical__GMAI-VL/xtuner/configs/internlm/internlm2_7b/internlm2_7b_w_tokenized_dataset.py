stub: upstream file of 6911 bytes
