stub: upstream file of 613 bytes
