stub: upstream file of 45004 bytes
