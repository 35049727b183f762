stub: upstream file of 16206 bytes
