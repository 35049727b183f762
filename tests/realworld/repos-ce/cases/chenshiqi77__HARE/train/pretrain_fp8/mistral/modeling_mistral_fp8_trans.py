stub: upstream file of 61876 bytes
