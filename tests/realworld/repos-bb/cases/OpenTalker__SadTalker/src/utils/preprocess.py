stub: upstream file of 6890 bytes
