stub: upstream file of 14714 bytes
