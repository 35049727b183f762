stub: upstream file of 13893 bytes
