stub: upstream file of 29868 bytes
