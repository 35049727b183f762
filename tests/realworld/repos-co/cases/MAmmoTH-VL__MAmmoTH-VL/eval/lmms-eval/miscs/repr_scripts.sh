stub: upstream file of 621 bytes
