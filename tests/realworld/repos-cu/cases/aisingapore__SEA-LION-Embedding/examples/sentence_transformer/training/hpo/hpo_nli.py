stub: upstream file of 3657 bytes
