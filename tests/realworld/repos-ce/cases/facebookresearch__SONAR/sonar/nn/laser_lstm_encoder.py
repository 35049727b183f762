stub: upstream file of 3826 bytes
