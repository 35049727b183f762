stub: upstream file of 69434 bytes
