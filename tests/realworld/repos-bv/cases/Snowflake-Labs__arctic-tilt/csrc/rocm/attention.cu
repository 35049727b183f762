stub: upstream file of 71677 bytes
