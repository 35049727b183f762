stub: upstream file of 48525 bytes
