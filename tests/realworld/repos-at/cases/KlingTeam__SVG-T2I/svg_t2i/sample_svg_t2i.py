stub: upstream file of 23613 bytes
