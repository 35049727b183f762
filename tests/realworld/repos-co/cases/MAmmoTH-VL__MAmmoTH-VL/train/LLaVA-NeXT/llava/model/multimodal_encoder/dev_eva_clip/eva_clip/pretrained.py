stub: upstream file of 11897 bytes
