stub: upstream file of 2538 bytes
