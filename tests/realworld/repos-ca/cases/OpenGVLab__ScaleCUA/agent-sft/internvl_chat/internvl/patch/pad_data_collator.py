stub: upstream file of 7689 bytes
