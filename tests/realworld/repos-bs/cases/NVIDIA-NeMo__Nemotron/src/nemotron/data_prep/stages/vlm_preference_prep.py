stub: upstream file of 21699 bytes
