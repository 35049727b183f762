stub: upstream file of 21655 bytes
