stub: upstream file of 12806 bytes
