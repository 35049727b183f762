stub: upstream file of 15583 bytes
