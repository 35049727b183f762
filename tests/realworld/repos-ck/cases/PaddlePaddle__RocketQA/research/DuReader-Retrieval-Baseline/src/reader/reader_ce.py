stub: upstream file of 12992 bytes
