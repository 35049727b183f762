stub: upstream file of 10484 bytes
