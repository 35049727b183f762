stub: upstream file of 14693 bytes
