stub: upstream file of 775 bytes
