stub: upstream file of 83246 bytes
