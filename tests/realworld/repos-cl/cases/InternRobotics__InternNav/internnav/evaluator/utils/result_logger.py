stub: upstream file of 12443 bytes
