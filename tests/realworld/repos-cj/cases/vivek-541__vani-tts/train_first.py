stub: upstream file of 18225 bytes
