stub: upstream file of 817 bytes
