stub: upstream file of 26170 bytes
