stub: upstream file of 70721 bytes
