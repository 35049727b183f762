stub: upstream file of 6876 bytes
