stub: upstream file of 19775 bytes
