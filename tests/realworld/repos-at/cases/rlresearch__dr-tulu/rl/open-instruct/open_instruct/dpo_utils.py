stub: upstream file of 14794 bytes
