stub: upstream file of 4775 bytes
