stub: upstream file of 19806 bytes
