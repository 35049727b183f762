stub: upstream file of 11443 bytes
