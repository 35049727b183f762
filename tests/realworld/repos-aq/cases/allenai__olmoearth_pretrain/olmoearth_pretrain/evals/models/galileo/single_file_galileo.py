stub: upstream file of 67654 bytes
