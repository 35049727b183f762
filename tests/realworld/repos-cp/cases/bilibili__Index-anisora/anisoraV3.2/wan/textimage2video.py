stub: upstream file of 24031 bytes
