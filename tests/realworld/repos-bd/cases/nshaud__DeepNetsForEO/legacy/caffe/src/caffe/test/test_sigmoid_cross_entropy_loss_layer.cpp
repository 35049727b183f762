stub: upstream file of 5555 bytes
