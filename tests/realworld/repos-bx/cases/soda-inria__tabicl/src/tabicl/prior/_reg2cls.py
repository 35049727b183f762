stub: upstream file of 12903 bytes
