stub: upstream file of 8815 bytes
