stub: upstream file of 4890 bytes
