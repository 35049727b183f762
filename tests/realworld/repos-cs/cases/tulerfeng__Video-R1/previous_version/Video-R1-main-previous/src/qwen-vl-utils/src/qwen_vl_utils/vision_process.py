stub: upstream file of 14721 bytes
