stub: upstream file of 5959 bytes
