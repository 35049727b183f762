stub: upstream file of 49657 bytes
