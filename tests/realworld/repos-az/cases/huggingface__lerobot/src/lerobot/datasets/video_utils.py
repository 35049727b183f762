stub: upstream file of 53119 bytes
