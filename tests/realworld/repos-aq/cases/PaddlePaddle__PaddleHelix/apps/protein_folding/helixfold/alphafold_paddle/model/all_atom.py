stub: upstream file of 52669 bytes
