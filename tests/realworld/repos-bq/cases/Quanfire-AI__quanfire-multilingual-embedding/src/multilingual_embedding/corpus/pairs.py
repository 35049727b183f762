stub: upstream file of 23890 bytes
