stub: upstream file of 11236 bytes
