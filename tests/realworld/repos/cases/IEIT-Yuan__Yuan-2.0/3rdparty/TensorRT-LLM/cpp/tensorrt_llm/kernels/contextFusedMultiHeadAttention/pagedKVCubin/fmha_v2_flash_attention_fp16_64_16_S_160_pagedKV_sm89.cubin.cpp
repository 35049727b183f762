stub: upstream file of 402602 bytes
