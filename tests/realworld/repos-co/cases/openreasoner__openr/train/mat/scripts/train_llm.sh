stub: upstream file of 620 bytes
