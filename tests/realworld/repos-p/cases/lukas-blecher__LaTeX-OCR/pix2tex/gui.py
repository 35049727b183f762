stub: upstream file of 18434 bytes
