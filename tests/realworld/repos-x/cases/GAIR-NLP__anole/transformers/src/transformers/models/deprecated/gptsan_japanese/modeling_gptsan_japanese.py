stub: upstream file of 64953 bytes
