stub: upstream file of 32695 bytes
