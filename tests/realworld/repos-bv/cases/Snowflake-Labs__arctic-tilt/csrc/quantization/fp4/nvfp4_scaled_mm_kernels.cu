stub: upstream file of 11678 bytes
