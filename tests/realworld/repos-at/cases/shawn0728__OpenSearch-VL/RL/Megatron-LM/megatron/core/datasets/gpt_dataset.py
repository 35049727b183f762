stub: upstream file of 29725 bytes
