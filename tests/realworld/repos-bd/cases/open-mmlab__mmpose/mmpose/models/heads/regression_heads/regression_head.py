stub: upstream file of 5104 bytes
