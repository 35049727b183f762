stub: upstream file of 15683 bytes
