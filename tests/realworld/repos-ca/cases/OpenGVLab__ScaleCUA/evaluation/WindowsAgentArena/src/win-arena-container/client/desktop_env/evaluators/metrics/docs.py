stub: upstream file of 28997 bytes
