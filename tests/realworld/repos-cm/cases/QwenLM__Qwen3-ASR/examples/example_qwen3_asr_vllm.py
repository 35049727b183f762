stub: upstream file of 4876 bytes
