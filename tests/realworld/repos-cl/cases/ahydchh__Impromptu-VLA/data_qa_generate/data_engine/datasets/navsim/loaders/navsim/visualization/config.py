stub: upstream file of 6926 bytes
