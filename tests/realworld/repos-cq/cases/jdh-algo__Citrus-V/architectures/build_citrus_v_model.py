stub: upstream file of 1890 bytes
