stub: upstream file of 9546 bytes
