stub: upstream file of 7890 bytes
