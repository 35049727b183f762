stub: upstream file of 3058 bytes
