stub: upstream file of 4190 bytes
