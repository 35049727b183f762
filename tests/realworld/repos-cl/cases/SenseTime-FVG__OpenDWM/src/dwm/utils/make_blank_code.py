stub: upstream file of 3149 bytes
