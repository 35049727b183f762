stub: upstream file of 45628 bytes
