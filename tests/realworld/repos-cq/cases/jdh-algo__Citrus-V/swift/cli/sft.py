stub: upstream file of 135 bytes
