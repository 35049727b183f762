stub: upstream file of 37226 bytes
