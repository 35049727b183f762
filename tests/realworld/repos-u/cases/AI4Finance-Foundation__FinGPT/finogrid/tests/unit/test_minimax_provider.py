stub: upstream file of 13868 bytes
