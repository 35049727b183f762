stub: upstream file of 3775 bytes
