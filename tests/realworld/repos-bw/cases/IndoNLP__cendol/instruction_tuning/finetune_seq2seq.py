stub: upstream file of 10225 bytes
