stub: upstream file of 13622 bytes
