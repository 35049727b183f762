stub: upstream file of 66104 bytes
