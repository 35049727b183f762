stub: upstream file of 15851 bytes
