stub: upstream file of 11641 bytes
