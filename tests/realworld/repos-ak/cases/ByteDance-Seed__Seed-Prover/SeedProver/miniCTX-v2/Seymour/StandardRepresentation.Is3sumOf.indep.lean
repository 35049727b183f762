stub: upstream file of 17942 bytes
