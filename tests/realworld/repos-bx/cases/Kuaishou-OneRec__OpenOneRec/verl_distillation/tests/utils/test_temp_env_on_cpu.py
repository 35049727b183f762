stub: upstream file of 4698 bytes
