stub: upstream file of 23225 bytes
