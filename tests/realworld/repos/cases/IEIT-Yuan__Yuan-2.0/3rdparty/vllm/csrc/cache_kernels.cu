stub: upstream file of 17698 bytes
