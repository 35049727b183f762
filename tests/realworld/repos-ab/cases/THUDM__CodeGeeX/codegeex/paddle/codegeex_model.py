stub: upstream file of 37450 bytes
