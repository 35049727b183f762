stub: upstream file of 49550 bytes
