stub: upstream file of 69058 bytes
