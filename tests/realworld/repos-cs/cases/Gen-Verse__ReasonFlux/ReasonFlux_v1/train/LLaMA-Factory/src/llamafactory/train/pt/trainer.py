stub: upstream file of 2692 bytes
