stub: upstream file of 37890 bytes
