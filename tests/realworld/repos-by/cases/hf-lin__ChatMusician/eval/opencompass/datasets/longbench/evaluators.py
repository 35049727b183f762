stub: upstream file of 9601 bytes
