stub: upstream file of 14104 bytes
