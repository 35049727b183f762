stub: upstream file of 13443 bytes
