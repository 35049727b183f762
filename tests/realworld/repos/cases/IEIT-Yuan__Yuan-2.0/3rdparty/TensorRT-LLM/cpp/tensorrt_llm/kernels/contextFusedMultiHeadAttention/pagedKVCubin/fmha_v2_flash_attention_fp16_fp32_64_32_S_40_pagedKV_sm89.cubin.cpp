stub: upstream file of 311048 bytes
