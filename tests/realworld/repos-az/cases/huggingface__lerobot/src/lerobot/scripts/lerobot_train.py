stub: upstream file of 45622 bytes
