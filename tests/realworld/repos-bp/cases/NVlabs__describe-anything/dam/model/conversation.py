stub: upstream file of 18448 bytes
