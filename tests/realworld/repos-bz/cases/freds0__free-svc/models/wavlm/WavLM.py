stub: upstream file of 27620 bytes
