stub: upstream file of 24020 bytes
