stub: upstream file of 17180 bytes
