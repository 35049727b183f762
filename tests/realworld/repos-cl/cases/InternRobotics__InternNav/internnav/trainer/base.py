stub: upstream file of 4687 bytes
