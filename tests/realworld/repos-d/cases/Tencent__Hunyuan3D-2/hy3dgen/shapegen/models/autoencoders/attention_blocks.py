stub: upstream file of 16616 bytes
