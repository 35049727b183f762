stub: upstream file of 4683 bytes
