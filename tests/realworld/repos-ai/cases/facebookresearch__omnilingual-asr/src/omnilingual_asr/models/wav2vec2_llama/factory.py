stub: upstream file of 9775 bytes
