stub: upstream file of 9613 bytes
