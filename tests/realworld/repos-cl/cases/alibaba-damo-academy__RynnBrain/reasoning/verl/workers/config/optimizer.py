stub: upstream file of 6734 bytes
