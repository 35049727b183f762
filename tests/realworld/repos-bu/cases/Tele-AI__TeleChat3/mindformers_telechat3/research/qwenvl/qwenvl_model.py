stub: upstream file of 32521 bytes
