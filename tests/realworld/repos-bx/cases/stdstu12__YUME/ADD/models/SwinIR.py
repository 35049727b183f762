stub: upstream file of 40511 bytes
