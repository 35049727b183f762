stub: upstream file of 23382 bytes
