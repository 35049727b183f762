stub: upstream file of 29682 bytes
