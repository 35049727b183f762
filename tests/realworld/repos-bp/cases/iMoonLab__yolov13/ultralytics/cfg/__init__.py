stub: upstream file of 39601 bytes
