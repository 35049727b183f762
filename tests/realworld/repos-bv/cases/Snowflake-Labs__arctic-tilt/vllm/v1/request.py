stub: upstream file of 6475 bytes
