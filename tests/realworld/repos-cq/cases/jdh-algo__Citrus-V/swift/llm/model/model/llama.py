stub: upstream file of 15763 bytes
