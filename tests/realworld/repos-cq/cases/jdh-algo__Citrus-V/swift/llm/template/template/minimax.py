stub: upstream file of 5698 bytes
