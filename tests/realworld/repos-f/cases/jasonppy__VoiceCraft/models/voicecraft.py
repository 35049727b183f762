stub: upstream file of 81820 bytes
