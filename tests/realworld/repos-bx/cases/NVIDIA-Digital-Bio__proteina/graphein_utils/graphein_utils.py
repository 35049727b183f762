stub: upstream file of 132565 bytes
