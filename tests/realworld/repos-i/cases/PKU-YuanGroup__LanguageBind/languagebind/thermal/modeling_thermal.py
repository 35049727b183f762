stub: upstream file of 44630 bytes
