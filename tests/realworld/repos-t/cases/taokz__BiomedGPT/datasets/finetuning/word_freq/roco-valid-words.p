stub: upstream file of 4190944 bytes
