stub: upstream file of 17427 bytes
