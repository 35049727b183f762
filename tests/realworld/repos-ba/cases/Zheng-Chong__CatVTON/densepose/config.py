stub: upstream file of 12449 bytes
