stub: upstream file of 6521 bytes
