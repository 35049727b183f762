stub: upstream file of 34897 bytes
