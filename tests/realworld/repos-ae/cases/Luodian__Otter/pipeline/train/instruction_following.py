stub: upstream file of 24928 bytes
