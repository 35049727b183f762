stub: upstream file of 90071 bytes
