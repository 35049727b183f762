stub: upstream file of 26492 bytes
