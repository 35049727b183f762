stub: upstream file of 494 bytes
