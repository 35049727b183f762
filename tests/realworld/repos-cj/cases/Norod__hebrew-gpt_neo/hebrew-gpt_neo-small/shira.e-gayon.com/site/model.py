stub: upstream file of 2620 bytes
