stub: upstream file of 14633 bytes
