stub: upstream file of 53565 bytes
