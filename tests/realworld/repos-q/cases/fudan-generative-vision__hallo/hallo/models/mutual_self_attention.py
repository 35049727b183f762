stub: upstream file of 21555 bytes
