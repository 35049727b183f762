stub: upstream file of 5286 bytes
