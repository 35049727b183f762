stub: upstream file of 22890 bytes
