stub: upstream file of 22876 bytes
