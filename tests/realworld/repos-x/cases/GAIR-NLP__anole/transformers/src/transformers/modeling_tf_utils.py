stub: upstream file of 166817 bytes
