stub: upstream file of 1443 bytes
