stub: upstream file of 14434 bytes
