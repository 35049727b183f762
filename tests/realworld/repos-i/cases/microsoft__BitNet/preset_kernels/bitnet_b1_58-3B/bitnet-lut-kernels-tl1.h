stub: upstream file of 29139 bytes
