stub: upstream file of 13834 bytes
