stub: upstream file of 25412 bytes
