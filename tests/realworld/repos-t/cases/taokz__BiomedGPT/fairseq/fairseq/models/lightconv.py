stub: upstream file of 38655 bytes
