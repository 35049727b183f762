stub: upstream file of 13830 bytes
