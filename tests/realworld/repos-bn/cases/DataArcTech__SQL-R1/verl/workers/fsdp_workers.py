stub: upstream file of 52701 bytes
