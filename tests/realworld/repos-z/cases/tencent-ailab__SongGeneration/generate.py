stub: upstream file of 27890 bytes
