stub: upstream file of 16826 bytes
