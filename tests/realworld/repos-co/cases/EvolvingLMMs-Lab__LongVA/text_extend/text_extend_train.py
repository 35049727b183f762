stub: upstream file of 10893 bytes
