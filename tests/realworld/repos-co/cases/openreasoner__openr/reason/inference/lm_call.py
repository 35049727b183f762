stub: upstream file of 3511 bytes
