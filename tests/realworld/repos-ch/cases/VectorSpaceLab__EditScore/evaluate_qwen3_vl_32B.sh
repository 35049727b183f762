stub: upstream file of 549 bytes
