stub: upstream file of 37923 bytes
