stub: upstream file of 6659 bytes
