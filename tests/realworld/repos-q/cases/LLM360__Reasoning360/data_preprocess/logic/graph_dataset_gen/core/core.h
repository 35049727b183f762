stub: upstream file of 16279 bytes
