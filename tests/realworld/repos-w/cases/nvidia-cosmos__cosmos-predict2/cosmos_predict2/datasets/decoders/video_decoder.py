stub: upstream file of 20678 bytes
