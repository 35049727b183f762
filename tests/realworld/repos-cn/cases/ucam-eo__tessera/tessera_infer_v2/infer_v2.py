stub: upstream file of 7443 bytes
