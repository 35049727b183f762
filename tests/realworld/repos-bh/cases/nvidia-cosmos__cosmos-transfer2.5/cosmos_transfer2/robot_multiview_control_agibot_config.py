stub: upstream file of 11053 bytes
