stub: upstream file of 16540 bytes
