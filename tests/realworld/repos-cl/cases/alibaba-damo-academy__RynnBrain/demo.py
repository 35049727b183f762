stub: upstream file of 12775 bytes
