stub: upstream file of 18659 bytes
