stub: upstream file of 11775 bytes
