stub: upstream file of 43180 bytes
