stub: upstream file of 15088 bytes
