stub: upstream file of 70456 bytes
