stub: upstream file of 20812 bytes
