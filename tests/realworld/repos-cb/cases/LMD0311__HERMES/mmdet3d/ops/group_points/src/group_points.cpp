stub: upstream file of 2598 bytes
