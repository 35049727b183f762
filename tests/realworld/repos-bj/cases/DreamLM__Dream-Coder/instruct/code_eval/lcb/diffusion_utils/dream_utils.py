stub: upstream file of 26393 bytes
