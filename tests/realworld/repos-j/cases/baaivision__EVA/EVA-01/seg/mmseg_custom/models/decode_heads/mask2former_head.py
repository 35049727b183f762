stub: upstream file of 26444 bytes
