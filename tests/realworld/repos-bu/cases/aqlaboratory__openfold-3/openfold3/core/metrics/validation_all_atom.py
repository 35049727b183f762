stub: upstream file of 56890 bytes
