stub: upstream file of 443 bytes
