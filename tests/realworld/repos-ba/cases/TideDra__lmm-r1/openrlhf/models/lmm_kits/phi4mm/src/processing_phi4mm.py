stub: upstream file of 32835 bytes
