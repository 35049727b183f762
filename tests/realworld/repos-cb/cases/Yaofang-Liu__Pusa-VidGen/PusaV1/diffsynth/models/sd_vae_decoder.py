stub: upstream file of 20845 bytes
