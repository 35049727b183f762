stub: upstream file of 17692 bytes
