stub: upstream file of 5890 bytes
