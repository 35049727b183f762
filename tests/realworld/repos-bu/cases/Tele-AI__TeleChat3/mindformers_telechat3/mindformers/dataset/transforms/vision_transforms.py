stub: upstream file of 12653 bytes
