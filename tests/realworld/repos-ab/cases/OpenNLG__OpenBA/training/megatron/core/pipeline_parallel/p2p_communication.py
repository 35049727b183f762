stub: upstream file of 17815 bytes
