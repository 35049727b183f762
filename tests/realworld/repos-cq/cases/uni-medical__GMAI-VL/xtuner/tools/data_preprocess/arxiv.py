stub: upstream file of 1609 bytes
