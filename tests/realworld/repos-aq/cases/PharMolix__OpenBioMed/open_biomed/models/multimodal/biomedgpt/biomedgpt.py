stub: upstream file of 13546 bytes
