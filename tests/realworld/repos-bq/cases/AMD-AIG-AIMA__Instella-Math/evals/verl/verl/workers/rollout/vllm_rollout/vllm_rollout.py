stub: upstream file of 13633 bytes
