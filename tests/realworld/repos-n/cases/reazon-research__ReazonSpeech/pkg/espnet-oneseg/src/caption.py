stub: upstream file of 8890 bytes
