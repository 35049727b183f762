stub: upstream file of 21646 bytes
