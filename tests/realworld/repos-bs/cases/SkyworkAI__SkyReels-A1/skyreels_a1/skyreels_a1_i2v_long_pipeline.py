stub: upstream file of 43727 bytes
