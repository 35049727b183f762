stub: upstream file of 27915 bytes
