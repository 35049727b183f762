stub: upstream file of 15692 bytes
