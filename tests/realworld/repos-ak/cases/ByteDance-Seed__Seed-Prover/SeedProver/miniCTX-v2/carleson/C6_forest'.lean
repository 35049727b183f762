stub: upstream file of 33659 bytes
