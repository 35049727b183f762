stub: upstream file of 24408 bytes
