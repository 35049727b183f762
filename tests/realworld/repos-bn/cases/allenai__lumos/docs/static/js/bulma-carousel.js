stub: upstream file of 82823 bytes
