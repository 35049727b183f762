stub: upstream file of 5787 bytes
