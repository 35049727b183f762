stub: upstream file of 13770 bytes
