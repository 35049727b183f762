stub: upstream file of 30692 bytes
