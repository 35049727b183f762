stub: upstream file of 22817 bytes
