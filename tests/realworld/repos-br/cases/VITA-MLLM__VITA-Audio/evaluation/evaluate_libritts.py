stub: upstream file of 12184 bytes
