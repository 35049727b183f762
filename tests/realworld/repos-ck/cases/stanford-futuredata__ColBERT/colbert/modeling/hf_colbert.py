stub: upstream file of 5876 bytes
