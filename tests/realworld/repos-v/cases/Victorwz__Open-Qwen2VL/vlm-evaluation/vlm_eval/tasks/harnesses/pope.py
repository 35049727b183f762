stub: upstream file of 22473 bytes
