stub: upstream file of 7427 bytes
