stub: upstream file of 1300430 bytes
