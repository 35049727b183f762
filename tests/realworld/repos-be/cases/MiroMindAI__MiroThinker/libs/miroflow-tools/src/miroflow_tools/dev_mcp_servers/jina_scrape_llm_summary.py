stub: upstream file of 31990 bytes
