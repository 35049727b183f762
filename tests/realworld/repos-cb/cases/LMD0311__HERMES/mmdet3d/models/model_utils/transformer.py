stub: upstream file of 5602 bytes
