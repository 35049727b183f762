stub: upstream file of 31525 bytes
