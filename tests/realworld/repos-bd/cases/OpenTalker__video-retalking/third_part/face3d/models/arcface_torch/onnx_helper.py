stub: upstream file of 10422 bytes
