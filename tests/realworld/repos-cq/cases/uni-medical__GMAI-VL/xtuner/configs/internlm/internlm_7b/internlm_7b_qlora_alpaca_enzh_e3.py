stub: upstream file of 7715 bytes
