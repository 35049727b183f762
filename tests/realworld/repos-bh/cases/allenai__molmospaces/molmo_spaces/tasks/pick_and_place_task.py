stub: upstream file of 11738 bytes
