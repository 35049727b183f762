stub: upstream file of 15585 bytes
