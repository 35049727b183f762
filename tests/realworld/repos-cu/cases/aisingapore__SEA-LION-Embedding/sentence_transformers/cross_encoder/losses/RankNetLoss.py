stub: upstream file of 5911 bytes
