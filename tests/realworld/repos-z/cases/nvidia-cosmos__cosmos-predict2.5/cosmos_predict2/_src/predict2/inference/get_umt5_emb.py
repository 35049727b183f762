stub: upstream file of 22683 bytes
