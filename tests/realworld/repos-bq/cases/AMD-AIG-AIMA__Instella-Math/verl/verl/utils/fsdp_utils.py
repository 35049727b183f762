stub: upstream file of 18254 bytes
