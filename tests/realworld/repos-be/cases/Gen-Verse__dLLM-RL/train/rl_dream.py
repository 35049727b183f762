stub: upstream file of 25005 bytes
