stub: upstream file of 35541 bytes
