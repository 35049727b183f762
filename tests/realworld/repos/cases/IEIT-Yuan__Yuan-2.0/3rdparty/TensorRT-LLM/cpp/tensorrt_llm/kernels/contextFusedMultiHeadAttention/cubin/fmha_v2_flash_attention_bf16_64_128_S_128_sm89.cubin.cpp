stub: upstream file of 809080 bytes
