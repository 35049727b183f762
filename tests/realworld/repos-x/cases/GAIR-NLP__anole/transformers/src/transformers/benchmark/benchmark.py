stub: upstream file of 10747 bytes
