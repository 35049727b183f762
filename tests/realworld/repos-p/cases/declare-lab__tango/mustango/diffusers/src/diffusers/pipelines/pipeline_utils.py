stub: upstream file of 66890 bytes
