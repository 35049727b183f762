stub: upstream file of 22868 bytes
