stub: upstream file of 8211 bytes
