stub: upstream file of 17962 bytes
