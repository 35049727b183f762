stub: upstream file of 15676 bytes
