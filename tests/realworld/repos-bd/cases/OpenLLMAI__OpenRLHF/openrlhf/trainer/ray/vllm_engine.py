stub: upstream file of 4624 bytes
