stub: upstream file of 20659 bytes
