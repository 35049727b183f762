stub: upstream file of 17921 bytes
