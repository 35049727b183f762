stub: upstream file of 24512 bytes
