stub: upstream file of 13969 bytes
