stub: upstream file of 2587 bytes
