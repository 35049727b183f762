stub: upstream file of 49304 bytes
