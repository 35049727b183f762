stub: upstream file of 1775 bytes
