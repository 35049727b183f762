stub: upstream file of 24511 bytes
