stub: upstream file of 8868 bytes
