stub: upstream file of 34710 bytes
