stub: upstream file of 19430 bytes
