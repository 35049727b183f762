stub: upstream file of 25775 bytes
