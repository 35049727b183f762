stub: upstream file of 11365 bytes
