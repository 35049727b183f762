stub: upstream file of 29828 bytes
