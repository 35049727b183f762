stub: upstream file of 56479 bytes
