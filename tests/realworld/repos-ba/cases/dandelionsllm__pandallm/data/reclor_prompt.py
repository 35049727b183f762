stub: upstream file of 6225 bytes
