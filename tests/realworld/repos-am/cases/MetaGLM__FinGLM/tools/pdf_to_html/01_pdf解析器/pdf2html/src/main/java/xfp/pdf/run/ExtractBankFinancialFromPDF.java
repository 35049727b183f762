stub: upstream file of 12890 bytes
