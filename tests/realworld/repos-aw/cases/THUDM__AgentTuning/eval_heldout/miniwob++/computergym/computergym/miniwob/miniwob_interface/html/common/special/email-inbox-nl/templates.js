stub: upstream file of 26443 bytes
