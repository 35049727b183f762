stub: upstream file of 12846 bytes
