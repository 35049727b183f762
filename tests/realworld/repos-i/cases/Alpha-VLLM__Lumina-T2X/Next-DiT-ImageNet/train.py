stub: upstream file of 24890 bytes
