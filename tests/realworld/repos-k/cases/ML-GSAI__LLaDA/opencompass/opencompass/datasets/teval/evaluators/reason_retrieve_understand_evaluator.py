stub: upstream file of 18747 bytes
