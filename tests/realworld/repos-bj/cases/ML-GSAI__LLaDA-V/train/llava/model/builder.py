stub: upstream file of 18612 bytes
