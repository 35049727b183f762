stub: upstream file of 12077 bytes
