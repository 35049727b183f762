stub: upstream file of 16972 bytes
