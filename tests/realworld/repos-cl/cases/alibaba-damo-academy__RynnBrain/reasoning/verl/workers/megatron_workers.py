stub: upstream file of 62699 bytes
