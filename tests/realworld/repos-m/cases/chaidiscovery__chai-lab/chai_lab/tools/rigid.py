stub: upstream file of 45289 bytes
