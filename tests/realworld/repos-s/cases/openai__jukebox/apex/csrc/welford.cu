stub: upstream file of 48233 bytes
