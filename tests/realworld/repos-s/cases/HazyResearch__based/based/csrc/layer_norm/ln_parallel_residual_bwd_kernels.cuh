stub: upstream file of 24916 bytes
