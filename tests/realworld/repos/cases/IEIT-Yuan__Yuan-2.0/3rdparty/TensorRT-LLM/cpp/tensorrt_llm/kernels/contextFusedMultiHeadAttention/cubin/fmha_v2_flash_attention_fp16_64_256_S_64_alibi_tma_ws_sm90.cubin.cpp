stub: upstream file of 2592948 bytes
