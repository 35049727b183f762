stub: upstream file of 18890 bytes
