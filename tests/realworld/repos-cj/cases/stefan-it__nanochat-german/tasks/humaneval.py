stub: upstream file of 3419 bytes
