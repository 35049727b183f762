stub: upstream file of 18348 bytes
