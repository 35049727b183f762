stub: upstream file of 28443 bytes
