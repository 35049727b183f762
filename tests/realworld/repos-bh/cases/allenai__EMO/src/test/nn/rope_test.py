stub: upstream file of 16820 bytes
