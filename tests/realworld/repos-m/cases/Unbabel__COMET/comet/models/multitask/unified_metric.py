stub: upstream file of 32443 bytes
