stub: upstream file of 3932 bytes
